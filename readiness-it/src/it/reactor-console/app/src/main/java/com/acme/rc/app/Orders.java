package com.acme.rc.app;

import com.acme.rc.core.Stock;
import com.acme.rc.model.Quantity;

/** Accepts an order when the stock can ship it. */
public final class Orders {
    private final Stock stock;

    public Orders(Stock stock) {
        this.stock = stock;
    }

    public boolean accept(long amount) {
        return stock.canShip(new Quantity(amount));
    }
}
