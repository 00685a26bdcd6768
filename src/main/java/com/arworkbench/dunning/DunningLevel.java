package com.arworkbench.dunning;

import java.util.Map;

/**
 * A level of the dunning ladder: reached by items at least {@code minDaysPastDue} days past due.
 * Letters by language code ("en", "de", …); the policy's default language fills gaps.
 */
public record DunningLevel(int level, String name, int minDaysPastDue, Map<String, LetterText> letters) {
}
