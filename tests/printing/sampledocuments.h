#pragma once

#include "noticedocument.h"

#include <QList>

namespace ow::test {

// Realistic documents of every kind, built here by hand: the tests and the benchmark print them
// without depending on core's notice builders.
NoticeDocument sampleDocument(NoticeDocument::Kind kind);
QList<NoticeDocument::Kind> allDocumentKinds();
// A short label for test rows and benchmark lines, e.g. "AcceptanceNotice".
const char *kindName(NoticeDocument::Kind kind);
// A materials receipt whose table has `rows` rows (page breaks).
NoticeDocument longReceipt(int rows);

} // namespace ow::test
