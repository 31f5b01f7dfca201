package com.acme.rc.core;

import com.acme.rc.model.Quantity;

/** Stock of one item; tested only by rc-core-testing. */
public final class Stock {
    private Quantity onHand = new Quantity(0);

    public void receive(Quantity q) {
        onHand = onHand.plus(q);
    }

    public boolean canShip(Quantity q) {
        return q.value() <= onHand.value();
    }

    public Quantity onHand() {
        return onHand;
    }
}
