// The stand-in camera: frames from files in order, synthetic timestamps, looping or stopping,
// and an unreadable file named in the message without changing the frames.
#include "imagesequenceframesource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestImageSequenceFrameSource : public QObject {
    Q_OBJECT

private slots:
    void playsFilesInOrderWithSyntheticTimestamps() {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            QImage image(20 + i, 10, QImage::Format_RGB32);
            image.fill(Qt::gray);
            paths << dir.filePath(QStringLiteral("f%1.png").arg(i));
            QVERIFY(image.save(paths.last()));
        }
        ImageSequenceFrameSource source;
        QVERIFY(source.loadFiles(paths).ok());
        source.setIntervalMs(5);
        source.setLooping(false);
        QSignalSpy frames(&source, &FrameSource::frameReady);
        source.start();
        QVERIFY(source.isActive());
        QTRY_VERIFY(!source.isActive());
        QCOMPARE(frames.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(frames.at(i).at(0).value<QImage>().width(), 20 + i);
            QCOMPARE(frames.at(i).at(1).toLongLong(), qint64(i) * 5);
        }
    }

    void loopsLikeACamera() {
        ImageSequenceFrameSource source({QImage(8, 8, QImage::Format_RGB32)}, 2);
        QSignalSpy frames(&source, &FrameSource::frameReady);
        source.start();
        QTRY_VERIFY(frames.size() >= 4);
        source.stop();
        QVERIFY(!source.isActive());
        QCOMPARE(source.framesSent(), int(frames.size()));
    }

    void unreadableFileIsNamed() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.png"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        ImageSequenceFrameSource source({QImage(8, 8, QImage::Format_RGB32)}, 10);
        const Status st = source.loadFiles({bad});
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QStringLiteral("broken.png")), qPrintable(st.error()));
        QCOMPARE(source.frameCount(), 1); // unchanged
    }

    void emptySequenceFails() {
        ImageSequenceFrameSource source;
        QSignalSpy failed(&source, &FrameSource::failed);
        source.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!source.isActive());
    }
};

QTEST_MAIN(TestImageSequenceFrameSource)
#include "tst_imagesequenceframesource.moc"
