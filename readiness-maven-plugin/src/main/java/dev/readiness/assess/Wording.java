package dev.readiness.assess;

/** Small wording helpers the gates and the advice share. */
final class Wording {
    private Wording() {}

    /** {@code 1 line}, {@code 3 lines}, {@code 1 branch}. */
    static String count(long n, String pluralUnit) {
        if (n != 1) {
            return n + " " + pluralUnit;
        }
        String singular = pluralUnit.endsWith("ches") || pluralUnit.endsWith("sses")
                ? pluralUnit.substring(0, pluralUnit.length() - 2)
                : pluralUnit.endsWith("s") ? pluralUnit.substring(0, pluralUnit.length() - 1) : pluralUnit;
        return n + " " + singular;
    }

    /** The first sentence of a remedy text, for the gate's one-line message; the full text is given once. */
    static String firstSentence(String text) {
        int end = text.length();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            end = newline;
        }
        int stop = text.indexOf(". ");
        if (stop >= 0 && stop < end) {
            end = stop;
        }
        String sentence = text.substring(0, end).strip();
        return sentence.endsWith(".") || sentence.endsWith(":")
                ? sentence.substring(0, sentence.length() - 1)
                : sentence;
    }
}
