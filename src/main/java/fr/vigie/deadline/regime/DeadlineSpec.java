package fr.vigie.deadline.regime;

import fr.vigie.deadline.DeadlineKey;
import fr.vigie.deadline.period.EndRule;
import fr.vigie.deadline.period.Period;

/**
 * A deadline rule of a regime: which period runs, under which articles (the key says who must act).
 *
 * @param extensionBasis the articles that move a last day off a non-working day; null when the end rule is not
 *                       {@link EndRule#NEXT_WORKING_DAY} or the period counts working days
 */
record DeadlineSpec(DeadlineKey key, String basis, Period period, EndRule endRule, String extensionBasis) {
}
