package io.proofline.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages review mails are written in (the seed's {@code emailLanguage}); English is the default. */
public enum MailLanguage {
    English("en", false), German("de", false), French("fr", false), Polish("pl", false), Spanish("es", false),
    Hebrew("he", true), Ukrainian("uk", false);

    /** ISO 639-1 code: the mail templates' folder and the HTML {@code lang}. */
    public final String code;

    /** Written right to left. */
    public final boolean rightToLeft;

    MailLanguage(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    /** By the seed's name ("German") or the code ("de"), ignoring case. */
    public static Optional<MailLanguage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        return Arrays.stream(values())
                .filter(language -> language.name().equalsIgnoreCase(wanted) || language.code.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
