package org.communitysim.scenario.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * Enum constants as users write them. Files accept any case with '-' or '_' ("homophilous-small-world",
 * "ERDOS_RENYI"); everything we print uses lower-kebab, the form of the shipped files and the docs.
 */
public final class EnumNames {
    private EnumNames() {
    }

    public static String kebab(Enum<?> constant) {
        return kebab(constant.name());
    }

    public static String kebab(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code enumType} spelt {@code text} in any case, with '-' or '_'. */
    public static Optional<Enum<?>> parse(Class<?> enumType, String text) {
        String wanted = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (e.name().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Rewrites constant names inside a message from a record constructor ("... when network.type is EDGE_LIST"),
     * which the sim module words in Java's spelling, into the spelling the user typed in the file.
     */
    public static String kebabInMessage(String message, Class<?> enumType) {
        String out = message;
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            out = out.replace(name, kebab(name));
        }
        return out;
    }
}
