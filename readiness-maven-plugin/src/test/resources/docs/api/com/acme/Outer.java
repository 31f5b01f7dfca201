package com.acme;

/** Outer. */
public class Outer {
    /** Nested public. */
    public static class Inner {
        public void innerMethod() {}

        /** Documented constructor. */
        public Inner() {}
    }

    /** Protected nested interface. */
    protected interface Callback {
        void call();

        /** Documented constant. */
        int VALUE = 1;

        private void helper() {}

        /** Documented default method. */
        default void dflt() {}

        static void util() {}
    }

    static class PackageNested {
        public void notApi() {}

        /** Public inside package-private: not API. */
        public static class DeepPublic {
            public void notApiEither() {}
        }
    }

    private class PrivateNested {
        public void notApi() {}
    }
}
