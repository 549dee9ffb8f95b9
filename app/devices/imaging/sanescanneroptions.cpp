// SaneScanner: options by name and the clerk's messages for SANE statuses.
#include "sanescanner.h"

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ow {

namespace {

SANE_Handle handleOf(void *handle) {
    return static_cast<SANE_Handle>(handle);
}

bool containsAny(const QString &text, const QStringList &words) {
    for (const QString &word : words)
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

Result<ScannerCapabilities> SaneScanner::capabilities(const QString &device) {
    using R = Result<ScannerCapabilities>;
    if (!m_library.status())
        return R::failure(m_library.status().error());
    if (m_handle)
        return R::failure(tr("Scanner \"%1\" is busy (another program may be using it): try again "
                             "in a moment.")
                              .arg(m_device));
    SANE_Handle handle = nullptr;
    const SANE_Status opened = sane_open(device.toUtf8().constData(), &handle);
    if (opened != SANE_STATUS_GOOD)
        return R::failure(tr("Could not open scanner \"%1\": %2. Check that it is switched on and "
                             "connected, and choose it again from the list.")
                              .arg(device, QString::fromUtf8(sane_strstatus(opened))));
    m_handle = handle;
    m_device = device;
    const auto offered = [this](const char *name) {
        QStringList values;
        const int index = findOption(name);
        const SANE_Option_Descriptor *d =
            index < 0 ? nullptr : sane_get_option_descriptor(handleOf(m_handle), index);
        if (d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
            for (int i = 0; d->constraint.string_list[i]; ++i)
                values << QString::fromUtf8(d->constraint.string_list[i]);
        return values;
    };
    ScannerCapabilities caps;
    const QStringList sources = offered(SANE_NAME_SCAN_SOURCE);
    caps.feeder =
        containsAny(sources.join(u'|'), {QStringLiteral("feeder"), QStringLiteral("adf")});
    caps.flatbed =
        sources.isEmpty() ||
        containsAny(sources.join(u'|'),
                    {QStringLiteral("flatbed"), QStringLiteral("glass"), QStringLiteral("normal")});
    for (const QString &mode : offered(SANE_NAME_SCAN_MODE)) {
        caps.colour = caps.colour ||
                      (containsAny(mode, {QStringLiteral("color"), QStringLiteral("colour")}) &&
                       !containsAny(mode, {QStringLiteral("lineart"), QStringLiteral("halftone")}));
        caps.grey =
            caps.grey || containsAny(mode, {QStringLiteral("gray"), QStringLiteral("grey")});
    }
    caps.blackWhite = caps.grey || caps.colour;
    if (const int index = findOption(SANE_NAME_SCAN_RESOLUTION); index >= 0) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(handleOf(m_handle), index);
        const auto dpi = [d](SANE_Word w) {
            return qRound(d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w));
        };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            caps.minDpi = dpi(d->constraint.range->min);
            caps.maxDpi = dpi(d->constraint.range->max);
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            for (int i = 1; i <= d->constraint.word_list[0]; ++i)
                caps.dpiSteps << dpi(d->constraint.word_list[i]);
            if (!caps.dpiSteps.isEmpty()) {
                caps.minDpi = *std::min_element(caps.dpiSteps.cbegin(), caps.dpiSteps.cend());
                caps.maxDpi = *std::max_element(caps.dpiSteps.cbegin(), caps.dpiSteps.cend());
            }
        }
    }
    sane_close(handleOf(m_handle));
    m_handle = nullptr;
    return caps;
}

int SaneScanner::findOption(const QByteArray &name) const {
    if (!m_handle)
        return -1;
    SANE_Int count = 0;
    if (sane_control_option(handleOf(m_handle), 0, SANE_ACTION_GET_VALUE, &count, nullptr) !=
        SANE_STATUS_GOOD)
        return -1;
    for (int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(handleOf(m_handle), i);
        if (d && d->name && name == d->name)
            return i;
    }
    return -1;
}

Status SaneScanner::setOption(const QByteArray &name, const QString &value) {
    const int index = findOption(name);
    const QString device = m_device;
    if (index < 0)
        return Status::failure(
            tr("Scanner \"%1\" has no option \"%2\".").arg(device, QString::fromLatin1(name)));
    const SANE_Option_Descriptor *d = sane_get_option_descriptor(handleOf(m_handle), index);
    if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
        return Status::failure(tr("Option \"%1\" of scanner \"%2\" cannot be set now.")
                                   .arg(QString::fromLatin1(name), device));
    QByteArray buffer(qMax<int>(d->size, int(sizeof(SANE_Word))), '\0');
    bool parsed = true;
    switch (d->type) {
    case SANE_TYPE_BOOL: {
        const QString v = value.trimmed().toLower();
        const SANE_Word word = (v == u"yes" || v == u"true" || v == u"1") ? SANE_TRUE : SANE_FALSE;
        std::memcpy(buffer.data(), &word, sizeof word);
        break;
    }
    case SANE_TYPE_INT: {
        const SANE_Word word = value.trimmed().toInt(&parsed);
        std::memcpy(buffer.data(), &word, sizeof word);
        break;
    }
    case SANE_TYPE_FIXED: {
        const SANE_Word word = SANE_FIX(value.trimmed().toDouble(&parsed));
        std::memcpy(buffer.data(), &word, sizeof word);
        break;
    }
    case SANE_TYPE_STRING: {
        const QByteArray utf8 = value.toUtf8();
        parsed = utf8.size() < buffer.size();
        if (parsed)
            std::memcpy(buffer.data(), utf8.constData(), size_t(utf8.size()));
        break;
    }
    case SANE_TYPE_BUTTON:
        break;
    default:
        parsed = false;
    }
    if (!parsed)
        return Status::failure(
            tr("\"%1\" is not a valid value for option \"%2\" of scanner \"%3\".")
                .arg(value, QString::fromLatin1(name), device));
    SANE_Int info = 0;
    const SANE_Status status =
        sane_control_option(handleOf(m_handle), index, SANE_ACTION_SET_VALUE,
                            d->type == SANE_TYPE_BUTTON ? nullptr : buffer.data(), &info);
    if (status != SANE_STATUS_GOOD)
        return Status::failure(tr("Scanner \"%1\" refused %2 = \"%3\": %4")
                                   .arg(device, QString::fromLatin1(name), value,
                                        QString::fromUtf8(sane_strstatus(status))));
    return {};
}

Status SaneScanner::chooseFromList(const QByteArray &name, const QStringList &wanted,
                                   const QStringList &avoided, bool required) {
    const int index = findOption(name);
    const SANE_Option_Descriptor *d =
        index < 0 ? nullptr : sane_get_option_descriptor(handleOf(m_handle), index);
    if (!d || d->constraint_type != SANE_CONSTRAINT_STRING_LIST || !SANE_OPTION_IS_ACTIVE(d->cap)) {
        if (!required)
            return {}; // e.g. a flatbed-only scanner has no source option
        return Status::failure(
            tr("Scanner \"%1\" has no \"%2\" setting.").arg(m_device, QString::fromLatin1(name)));
    }
    QStringList offered;
    for (int i = 0; d->constraint.string_list[i]; ++i)
        offered << QString::fromUtf8(d->constraint.string_list[i]);
    QString chosen;
    for (const QString &candidate : offered)
        if (containsAny(candidate, wanted) && !containsAny(candidate, avoided)) {
            chosen = candidate;
            break;
        }
    if (chosen.isEmpty())
        for (const QString &candidate : offered)
            if (containsAny(candidate, wanted)) {
                chosen = candidate;
                break;
            }
    if (chosen.isEmpty()) {
        if (!required)
            return {};
        return Status::failure(
            tr("Scanner \"%1\" offers no suitable \"%2\" (it offers: %3).")
                .arg(m_device, QString::fromLatin1(name), offered.join(QStringLiteral(", "))));
    }
    return setOption(name, chosen);
}

Status SaneScanner::setResolution(int dpi) {
    const int index = findOption(SANE_NAME_SCAN_RESOLUTION);
    if (index < 0)
        return {}; // fixed-resolution device; currentResolution() falls back to the request
    const SANE_Option_Descriptor *d = sane_get_option_descriptor(handleOf(m_handle), index);
    double value = dpi;
    const auto toDouble = [d](SANE_Word w) {
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
    };
    if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        const double low = toDouble(d->constraint.range->min);
        const double high = toDouble(d->constraint.range->max);
        value = qBound(low, value, high);
    } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        double best = -1;
        for (int i = 1; i <= d->constraint.word_list[0]; ++i) {
            const double offered = toDouble(d->constraint.word_list[i]);
            if (best < 0 || std::abs(offered - dpi) < std::abs(best - dpi))
                best = offered;
        }
        if (best > 0)
            value = best;
    }
    return setOption(SANE_NAME_SCAN_RESOLUTION, QString::number(value));
}

double SaneScanner::currentResolution(double fallback) const {
    const int index = findOption(SANE_NAME_SCAN_RESOLUTION);
    if (index < 0)
        return fallback;
    const SANE_Option_Descriptor *d = sane_get_option_descriptor(handleOf(m_handle), index);
    SANE_Word word = 0;
    if (d->size != sizeof word ||
        sane_control_option(handleOf(m_handle), index, SANE_ACTION_GET_VALUE, &word, nullptr) !=
            SANE_STATUS_GOOD)
        return fallback;
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(word) : double(word);
}

ScanBatchResult SaneScanner::failure(ScanOutcome outcome, int pages, const QString &message) {
    return {outcome, pages, message};
}

ScanOutcome SaneScanner::outcomeFor(int saneStatus) {
    switch (saneStatus) {
    case SANE_STATUS_NO_DOCS:
        return ScanOutcome::FeederEmpty;
    case SANE_STATUS_JAMMED:
        return ScanOutcome::Jammed;
    case SANE_STATUS_COVER_OPEN:
        return ScanOutcome::CoverOpen;
    case SANE_STATUS_DEVICE_BUSY:
        return ScanOutcome::DeviceBusy;
    case SANE_STATUS_IO_ERROR:
        return ScanOutcome::IoError;
    case SANE_STATUS_CANCELLED:
        return ScanOutcome::Cancelled;
    default:
        return ScanOutcome::Failed;
    }
}

QString SaneScanner::statusMessage(int saneStatus, int pages) const {
    const QString kept =
        pages > 0 ? tr("The %n page(s) scanned so far are kept.", nullptr, pages) : QString();
    QString message;
    switch (saneStatus) {
    case SANE_STATUS_NO_DOCS:
        message =
            tr("The feeder of \"%1\" is empty: put the pages in and scan again.").arg(m_device);
        break;
    case SANE_STATUS_JAMMED:
        message = tr("Paper jam in \"%1\" at page %2: open the feeder, remove the jammed sheet and "
                     "scan the rest.")
                      .arg(m_device)
                      .arg(pages + 1);
        break;
    case SANE_STATUS_COVER_OPEN:
        message = tr("The cover of \"%1\" is open: close it and scan again.").arg(m_device);
        break;
    case SANE_STATUS_DEVICE_BUSY:
        message = tr("Scanner \"%1\" is busy (another program may be using it): try again in a "
                     "moment.")
                      .arg(m_device);
        break;
    case SANE_STATUS_IO_ERROR:
        message = tr("Scanner \"%1\" stopped with an input/output error: check its cable and "
                     "power.")
                      .arg(m_device);
        break;
    case SANE_STATUS_CANCELLED:
        message = tr("Scanning was cancelled.");
        break;
    default:
        message = tr("Scanner \"%1\" failed: %2")
                      .arg(m_device,
                           QString::fromUtf8(sane_strstatus(static_cast<SANE_Status>(saneStatus))));
    }
    return kept.isEmpty() ? message : message + QLatin1Char(' ') + kept;
}

} // namespace ow
