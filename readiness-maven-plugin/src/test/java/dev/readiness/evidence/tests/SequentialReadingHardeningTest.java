package dev.readiness.evidence.tests;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/** The hostile and odd reports of {@link TestReportReaderHardeningTest}, read with the default parser on one thread (the default reads files in parallel). */
class SequentialReadingHardeningTest extends TestReportReaderHardeningTest {
    @Override
    TestReportReader reader() {
        return new TestReportReader(InputFactoryImpl::new, 1);
    }
}
