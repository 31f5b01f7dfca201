package dev.readiness.evidence.tests;

import com.ctc.wstx.stax.WstxInputFactory;

/** The hostile and odd reports of {@link TestReportReaderHardeningTest}, read with Woodstox 7 (measured against Aalto, not shipped). */
class WoodstoxHardeningTest extends TestReportReaderHardeningTest {
    @Override
    TestReportReader reader() {
        return new TestReportReader(WstxInputFactory::new, 1);
    }
}
