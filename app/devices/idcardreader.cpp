#include "idcardreader.h"

#include "idcardstatus.h"
#include "idcardtextblock.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ow::IdCardReader", text);
}

int bigEndian16(const QByteArray &data, int at) {
    return (static_cast<quint8>(data.at(at)) << 8) | static_cast<quint8>(data.at(at + 1));
}

} // namespace

IdCardReader::IdCardReader(IdCardReaderTransport &transport)
    : m_transport(transport) {}

Result<IdCardResponse> IdCardReader::step(quint8 cmd, quint8 para, int timeoutMs,
                                          quint8 expectedSw3) {
    Result<IdCardResponse> response = m_transport.transact(cmd, para, timeoutMs);
    if (!response)
        return response;
    if (response->sw3 != expectedSw3)
        return Result<IdCardResponse>::failure(IdCardStatus::message(response->sw3));
    return response;
}

Result<IdCardContents> IdCardReader::read(const QDate &today) {
    if (const Status opened = m_transport.open(); !opened)
        return Result<IdCardContents>::failure(opened.error());
    using namespace IdCardCommand;
    // Find and select are repeated for every read (§1.4).
    const Result<IdCardResponse> found =
        step(kFindCmd, kFindPara, m_timeouts.findMs, IdCardStatus::kCardFound);
    if (!found)
        return Result<IdCardContents>::failure(found.error());
    const Result<IdCardResponse> selected =
        step(kSelectCmd, kSelectPara, m_timeouts.selectMs, IdCardStatus::kSuccess);
    if (!selected)
        return Result<IdCardContents>::failure(selected.error());
    const Result<IdCardResponse> text =
        step(kReadCmd, kReadPara, m_timeouts.readMs, IdCardStatus::kSuccess);
    if (!text)
        return Result<IdCardContents>::failure(text.error());
    return parseReadData(text->data, today);
}

Result<IdCardContents> IdCardReader::parseReadData(const QByteArray &data, const QDate &today) {
    if (data.size() < 4)
        return Result<IdCardContents>::failure(
            tr("The reader's answer to \"read card\" is too short (%1 bytes).").arg(data.size()));
    const int textLength = bigEndian16(data, 0);
    const int photoLength = bigEndian16(data, 2);
    if (textLength != IdCardTextBlock::kSize || 4 + textLength + photoLength != data.size())
        return Result<IdCardContents>::failure(
            tr("The reader's answer to \"read card\" is inconsistent: text %1 bytes, photo %2 "
               "bytes, %3 bytes received.")
                .arg(textLength)
                .arg(photoLength)
                .arg(data.size() - 4));
    Result<IdCardContents> card = IdCardTextBlock::parse(data.mid(4, textLength), today);
    if (!card)
        return card;
    card.value().photo = data.mid(4 + textLength, photoLength);
    return card;
}

} // namespace ow
