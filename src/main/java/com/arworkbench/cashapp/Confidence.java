package com.arworkbench.cashapp;

/** How sure a match is. Only HIGH is auto-applied; the rest goes to a person with the evidence. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
