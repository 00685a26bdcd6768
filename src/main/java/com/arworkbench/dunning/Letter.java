package com.arworkbench.dunning;

/** A notice ready for mail merge: placeholders already filled. */
public record Letter(String to, String cc, String subject, String body, String language) {
}
