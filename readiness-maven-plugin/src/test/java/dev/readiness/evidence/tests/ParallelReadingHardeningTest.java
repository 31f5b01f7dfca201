package dev.readiness.evidence.tests;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/** The hostile and odd reports of {@link TestReportReaderHardeningTest}, read with the default parser, reading two files at once. */
class ParallelReadingHardeningTest extends TestReportReaderHardeningTest {
    @Override
    TestReportReader reader() {
        return new TestReportReader(InputFactoryImpl::new, 2);
    }
}
