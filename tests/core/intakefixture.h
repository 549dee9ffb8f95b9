#pragma once

// Shared data for the intake suites: the demo catalog, the built-in calendar and applicants.

#include "applicant.h"
#include "catalogjson.h"
#include "clock.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QTest>

namespace ow::test {

inline const Catalog &demoCatalog() {
    static const Catalog catalog = [] {
        const CatalogReadResult result =
            CatalogJson::readFile(QStringLiteral(":/onewindow/catalog-demo.json"));
        return result.catalog.value_or(Catalog{});
    }();
    return catalog;
}

inline const Item &demoItem(const char *id) {
    static const Item none;
    const Item *item = demoCatalog().item(QString::fromLatin1(id));
    return item ? *item : none;
}

inline const WorkCalendar &calendar() {
    static const WorkCalendar cal = WorkCalendar::builtIn();
    return cal;
}

inline QDateTime at(int y, int m, int d, int hour = 9) {
    return QDateTime(QDate(y, m, d), QTime(hour, 0));
}

inline Applicant naturalPerson() {
    Applicant a;
    a.kind = Applicant::Kind::NaturalPerson;
    a.name = QStringLiteral("张三");
    a.idNumber = QStringLiteral("150302199003071238");
    a.phone = QStringLiteral("13800000000");
    a.card.nation = QStringLiteral("汉");
    a.card.address = QStringLiteral("内蒙古乌海市海勃湾区");
    return a;
}

inline Applicant legalPerson() {
    Applicant a;
    a.kind = Applicant::Kind::LegalPerson;
    a.name = QStringLiteral("乌海市示例科技有限公司");
    a.creditCode = QStringLiteral("91150302MA0Q7K3B2E");
    a.legalRepresentative = QStringLiteral("李四");
    a.contactPerson = QStringLiteral("王五");
    a.phone = QStringLiteral("0473-2000000");
    return a;
}

} // namespace ow::test
