package dev.readiness.evidence.tests;

import javax.xml.stream.XMLInputFactory;

/** The hostile and odd reports of {@link TestReportReaderHardeningTest}, read with the JDK's own StAX parser (the reader's parser before Aalto). */
class JdkStaxHardeningTest extends TestReportReaderHardeningTest {
    @Override
    TestReportReader reader() {
        return new TestReportReader(XMLInputFactory::newDefaultFactory, 1);
    }
}
