package com.arworkbench.dunning;

/** Subject and body of a notice in one language, with {{placeholders}}. */
public record LetterText(String subject, String body) {
}
