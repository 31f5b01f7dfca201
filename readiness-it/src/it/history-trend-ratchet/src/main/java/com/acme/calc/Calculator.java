package com.acme.calc;

/** Integer arithmetic that refuses to overflow silently. */
public final class Calculator {
    private Calculator() {}

    public static int add(int a, int b) {
        return Math.addExact(a, b);
    }

    public static int clampedAdd(int a, int b, int min, int max) {
        long sum = (long) a + b;
        if (sum < min) {
            return min;
        }
        if (sum > max) {
            return max;
        }
        return (int) sum;
    }
}
