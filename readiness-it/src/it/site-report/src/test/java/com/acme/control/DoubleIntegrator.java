package com.acme.control;

/** Test plant: a unit mass without friction, {@code x'' = u}, integrated with semi-implicit Euler. */
final class DoubleIntegrator {

    double position;
    double velocity;

    DoubleIntegrator(double position, double velocity) {
        this.position = position;
        this.velocity = velocity;
    }

    void step(double force, double dt) {
        velocity += force * dt;
        position += velocity * dt;
    }
}
