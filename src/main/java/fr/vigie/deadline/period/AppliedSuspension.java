package fr.vigie.deadline.period;

/** A suspension window that pushed the end of a period by {@code days}. */
public record AppliedSuspension(SuspensionWindow window, int days) {
}
