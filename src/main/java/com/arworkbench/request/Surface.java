package com.arworkbench.request;

/** Where a request comes from; messages name a parameter the way that surface spells it. */
public enum Surface {
    COMMAND_LINE,
    API;

    /** {@code --as-of} on the command line, {@code asOf} in the API. */
    public String name(Param<?> p) {
        return this == API ? p.field() : "--" + p.option();
    }

    /** Where a file is given: "with --gl", "in the multipart field 'gl'". */
    String where(Input input) {
        if (this == API) {
            return "in the multipart field '" + input.field() + "'";
        }
        return input.option() == null ? "as the input file" : "with --" + input.option();
    }
}
