package io.proofline.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects validation failures for one request and throws them together, with messages in the workflow seed's wording
 * ("'projectName' must not be empty.").
 */
public class Validator {

    /** An address with a local part, an @ and a domain with a dot; what every face accepts as an email address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What bcrypt reads of a password; it ignores the rest. */
    public static final int BCRYPT_MAX_BYTES = 72;

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Validator add(String parameter, String message) {
        errors.computeIfAbsent(parameter, key -> new ArrayList<>()).add(message);
        return this;
    }

    public Validator required(String parameter, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> items && items.isEmpty())) {
            add(parameter, "'" + parameter + "' must not be empty.");
        }
        return this;
    }

    /**
     * Bounds a text. Every text the server keeps passes here, so this also refuses NUL characters, which PostgreSQL
     * cannot store and no client means to send.
     */
    public Validator maxLength(String parameter, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            add(parameter, "The length of '" + parameter + "' must be " + max + " characters or fewer. You entered "
                    + value.length() + " characters.");
        }
        if (value.indexOf('\0') >= 0) {
            add(parameter, "'" + parameter + "' must not contain NUL characters.");
        }
        if (hasLoneSurrogate(value)) {
            add(parameter, "'" + parameter + "' must be valid Unicode text (it holds half of a surrogate pair).");
        }
        return this;
    }

    /** A UTF-16 surrogate without its partner: no character at all, which PostgreSQL would store as '?'. */
    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bounds a password to what bcrypt reads: 72 bytes of UTF-8. A longer one would be cut silently, and its first 72
     * bytes alone would open what it guards.
     */
    public Validator bcryptPassword(String parameter, String value) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            add(parameter, "'" + parameter + "' must be at most " + BCRYPT_MAX_BYTES
                    + " bytes long in UTF-8 (72 letters or digits of the Latin alphabet, fewer in other scripts).");
        }
        return this;
    }

    /** Whether a text (surrounding blanks aside) is an email address. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }

    /** Refuses a given, non-blank text that is not an email address; pair it with {@link #required} when needed. */
    public Validator email(String parameter, String value) {
        if (value != null && !value.isBlank() && !isEmail(value)) {
            add(parameter, "'" + parameter + "' is not a valid email address.");
        }
        return this;
    }

    public Validator maxItems(String parameter, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            add(parameter, "'" + parameter + "' must not have more than " + max + " items.");
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
