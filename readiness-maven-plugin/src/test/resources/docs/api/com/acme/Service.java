package com.acme;

public interface Service {
    void start();

    /** Stops. */
    void stop();

    class Impl implements Service {
        @Override
        public void start() {}

        public void stop() {}

        public void more() {}
    }
}
