// A stand-in for a licensed vendor SDK plugin: answers GA 467 commands from the sample card
// (through the simulator's state machine) and "decodes" photos into a placeholder.
#include "idcardjson.h"
#include "idcardsimulator.h"
#include "vendorsdkplugin.h"

#include <QObject>

#include <memory>

class MockVendorPlugin : public QObject, public ow::VendorSdkPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_VENDOR_SDK_PLUGIN_IID)
    Q_INTERFACES(ow::VendorSdkPlugin)

public:
    QString vendorName() const override { return QStringLiteral("Mock vendor"); }

    bool openPort(int port, QString *error) override {
        if (port != 1001) {
            *error = QStringLiteral("no reader on port %1").arg(port);
            return false;
        }
        const ow::Result<QByteArray> data =
            ow::IdCardJson::loadReadData(qEnvironmentVariable("ONEWINDOW_SOURCE_DIR") +
                                         QStringLiteral("/tests/data/idcards/resident.json"));
        if (!data) {
            *error = data.error();
            return false;
        }
        m_reader = std::make_unique<ow::IdCardSimulator>(*data);
        return true;
    }

    void closePort() override { m_reader.reset(); }

    bool transact(quint8 cmd, quint8 para, int, ow::IdCardResponse *response,
                  QString *error) override {
        QByteArray body;
        body.append(static_cast<char>(cmd));
        body.append(static_cast<char>(para));
        const QByteArray frame = m_reader->answer(body);
        // Strip preamble, LEN and CHK: the SDK hands over the status and data only.
        if (frame.size() < 8 ||
            !ow::IdCardFrame::parseResponse(frame.mid(7, frame.size() - 8), response)) {
            *error = QStringLiteral("port timeout");
            return false;
        }
        return true;
    }

    QByteArray decodePhoto(const QByteArray &wlt, QString *error) override {
        if (wlt.size() != 1024) {
            *error = QStringLiteral("not a WLT photo");
            return {};
        }
        return QByteArrayLiteral("BM-placeholder");
    }

private:
    std::unique_ptr<ow::IdCardSimulator> m_reader;
};

#include "mockvendorplugin.moc"
