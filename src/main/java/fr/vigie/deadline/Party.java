package fr.vigie.deadline;

/** Who must act by a deadline (or whose silence produces a decision on that date). */
public enum Party { ADMINISTRATION, REQUESTER, CADA, CNIL }
