package com.arworkbench.request;

import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.jobs.PackSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The month-end pack's sections that its parameters put in ({@link PackSection#byParameters}): the parameters that
 * turn each one on (all of them given), the optional ones that go with them, and how the pack's request reads them.
 * {@code /api/health} serves the ones that turn a section on, so the page keeps no copy.
 */
public final class PackSectionParams {

    /** Section → the parameters that put it in the pack, all of them given. */
    private static final Map<PackSection, List<Param<?>>> TURN_ON = Map.of(
            PackSection.CONFIRMATIONS, List.of(Param.KEY_ITEMS, Param.TOLERABLE));
    /** Section → its further parameters, optional, which mean nothing without the section. */
    private static final Map<PackSection, List<Param<?>>> WITH = Map.of(
            PackSection.CONFIRMATIONS, List.of(Param.CONFIDENCE, Param.SEED, Param.SAMPLING, Param.NEGATIVE));

    private PackSectionParams() {
    }

    /** The parameters that put {@code section} in the pack, all of them given; empty for a section of files only. */
    public static List<Param<?>> turnOn(PackSection section) {
        return TURN_ON.getOrDefault(section, List.of());
    }

    /**
     * The balance confirmations the pack's request asks for: null when none of their parameters is given; a
     * {@link RequestException} naming what is missing when only some are.
     */
    static PackRequest.Confirmations confirmations(RequestValues v, LocalDate asOf) {
        if (!asked(v, PackSection.CONFIRMATIONS)) {
            return null;
        }
        try {
            ConfirmationParameters p = new ConfirmationParameters(asOf, v.given(Param.KEY_ITEMS),
                    valueOf(v, Param.CONFIDENCE), v.given(Param.TOLERABLE), valueOf(v, Param.SEED),
                    valueOf(v, Param.SAMPLING));
            return new PackRequest.Confirmations(p, Boolean.TRUE.equals(v.given(Param.NEGATIVE)));
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter(e.getMessage());
        }
    }

    /**
     * True when every parameter that turns the section on is given, false when none of its parameters is; otherwise
     * the request is refused, naming the parameters still missing.
     */
    private static boolean asked(RequestValues v, PackSection section) {
        List<Param<?>> given = new ArrayList<>();
        List<Param<?>> missing = new ArrayList<>();
        for (Param<?> p : turnOn(section)) {
            (v.given(p) != null ? given : missing).add(p);
        }
        // negative=false says what leaving it out says
        List<Param<?>> further = WITH.getOrDefault(section, List.of()).stream()
                .filter(p -> v.given(p) != null && !Boolean.FALSE.equals(v.given(p))).toList();
        if (missing.isEmpty()) {
            return true;
        }
        if (given.isEmpty() && further.isEmpty()) {
            return false;
        }
        Surface s = v.surface();
        String label = section.label().toLowerCase();
        String need = ", which need " + names(turnOn(section), s);
        if (given.isEmpty()) {
            throw RequestException.badParameter(names(further, s) + (further.size() == 1 ? " is" : " are") + " for the "
                    + label + need + " as well: give them too, or leave out " + names(further, s));
        }
        throw RequestException.badParameter(names(given, s) + " asks for the " + label + need + ": "
                + names(missing, s) + (missing.size() == 1 ? " is" : " are") + " missing (" + missing.get(0).label()
                + ")");
    }

    private static String names(List<Param<?>> params, Surface s) {
        return String.join(" and ", params.stream().map(s::name).toList());
    }

    private static <T> T valueOf(RequestValues v, Param<T> p) {
        T value = v.given(p);
        return value != null ? value : p.whenAbsent();
    }
}
