#include "scansample.h"

namespace ow::scaneval {

QString toString(PageKind kind) {
    switch (kind) {
    case PageKind::TextPage:
        return QStringLiteral("text");
    case PageKind::TablePage:
        return QStringLiteral("table");
    case PageKind::Licence:
        return QStringLiteral("licence");
    case PageKind::IdCard:
        return QStringLiteral("idcard");
    case PageKind::Blank:
        return QStringLiteral("blank");
    case PageKind::NearBlank:
        return QStringLiteral("nearblank");
    case PageKind::Separator:
        return QStringLiteral("separator");
    case PageKind::PatchT:
        return QStringLiteral("patcht");
    }
    return {};
}

QString toString(Desk desk) {
    switch (desk) {
    case Desk::Wood:
        return QStringLiteral("wood");
    case Desk::Dark:
        return QStringLiteral("dark");
    case Desk::Light:
        return QStringLiteral("light");
    case Desk::Patterned:
        return QStringLiteral("patterned");
    case Desk::None:
        return QStringLiteral("none");
    }
    return {};
}

QString toString(SampleKind kind) {
    return kind == SampleKind::Photo ? QStringLiteral("photo") : QStringLiteral("scan");
}

} // namespace ow::scaneval
