#pragma once

#include "intakesession.h"
#include "workstationcontext.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ow::test {

// A fresh workstation store with the demo catalog, a clock standing at Thursday 2026-03-12
// 10:00 and the first administrator signed in: what an intake session needs.
class IntakeSessionFixture {
public:
    static QDateTime start() { return QDateTime(QDate(2026, 3, 12), QTime(10, 0)); }
    static QString enterpriseCode() { return QStringLiteral("91150302MA0Q7K3B2E"); }
    static QString personId() { return QStringLiteral("150302199003071238"); }

    // Empty when ready, otherwise why not.
    QString open() {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        auto clock = std::make_unique<ManualClock>(start());
        m_clock = clock.get();
        auto context = WorkstationContext::open(m_dir.path(), std::move(clock));
        if (!context)
            return context.error();
        m_context = std::move(context.value());
        const auto firstRun = m_context->ensureFirstRun();
        if (!firstRun)
            return firstRun.error();
        if (const Status login =
                m_context->auth().login(firstRun->adminName, firstRun->adminOneTimePassword);
            !login)
            return login.error();
        m_session = std::make_unique<IntakeSession>(*m_context);
        return {};
    }

    static Applicant enterprise() {
        Applicant a;
        a.kind = Applicant::Kind::LegalPerson;
        a.creditCode = enterpriseCode();
        a.name = QStringLiteral("乌海市海勃湾区鑫源餐饮有限公司");
        a.legalRepresentative = QStringLiteral("王建国");
        a.phone = QStringLiteral("0473-3123456");
        return a;
    }
    static Applicant person() {
        Applicant a;
        a.kind = Applicant::Kind::NaturalPerson;
        a.idNumber = personId();
        a.name = QStringLiteral("李明");
        a.phone = QStringLiteral("13904730000");
        return a;
    }

    ManualClock &clock() { return *m_clock; }
    WorkstationContext &context() { return *m_context; }
    IntakeSession &session() { return *m_session; }

private:
    QTemporaryDir m_dir;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<WorkstationContext> m_context;
    std::unique_ptr<IntakeSession> m_session;
};

} // namespace ow::test
