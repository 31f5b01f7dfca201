package com.acme.alarm;

/** Partially covered: raise is tested, clear is not. */
public class Alarm {
    private int level;

    public boolean raise(int threshold, int value) {
        if (value > threshold) {
            level++;
            return true;
        }
        return false;
    }

    public void clear() {
        level = 0;
    }

    public int level() {
        return level;
    }
}
