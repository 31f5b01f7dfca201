package com.acme.legacy;

import org.junit.Test;
import org.junit.experimental.categories.Category;

public class MethodCategoryTest {
    @Test
    @Category({Categories.Db.class, SlowTests.class})
    public void queries() {}

    @Test
    @Category(Categories.FastDb.class)
    public void fastQuery() {}

    @Test
    public void plain() {}
}
