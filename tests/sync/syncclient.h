#pragma once

#include "database.h"
#include "retrypolicy.h"
#include "syncengine.h"
#include "syncoutbox.h"
#include "tempdatabase.h"

#include <QList>
#include <QTest>

#include <memory>

namespace ow::test {

// Records the backoff delays instead of sleeping.
class RecordingSleeper final : public Sleeper {
public:
    void sleep(int ms) override { delays << ms; }
    QList<int> delays;
};

// A workstation for tests: its own SQLite database and a SyncEngine over a given transport.
struct SyncClient {
    TempDatabase temp{TempDatabase::Kind::Sqlite};
    std::unique_ptr<Database> db;
    RecordingSleeper sleeper;
    std::unique_ptr<SyncEngine> engine;

    explicit SyncClient(SyncTransport &transport, SyncConfig config = {}) {
        db = temp.open();
        if (!db || !db->migrate())
            qFatal("test client database: %s", qPrintable(temp.error()));
        engine = std::make_unique<SyncEngine>(*db, transport, sleeper, config);
        engine->setCredentials(QStringLiteral("clerk"), QStringLiteral("pw-clerk-secret"));
    }

    // One local write with its outbox entry, in one transaction; returns the entry's uuid.
    QString write(const QString &key, const QJsonObject &payload) {
        QString uuid;
        const Status st = db->transaction([&]() -> Status {
            auto queued = SyncOutbox::enqueue(*db, QStringLiteral("visit"), key, payload);
            if (!queued)
                return Status::failure(queued.error());
            uuid = queued.value();
            return {};
        });
        if (!st)
            qFatal("test write: %s", qPrintable(st.error()));
        return uuid;
    }
    int pending() { return engine->store().pendingCount().value(); }
};

} // namespace ow::test
