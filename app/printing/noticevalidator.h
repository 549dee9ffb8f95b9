#pragma once

#include "noticedocument.h"
#include "result.h"

namespace ow {

// Checks that a document can be printed as given: title, content, date, consistent tables and
// copies. The message names the document and the part that is wrong.
class NoticeValidator {
public:
    static constexpr int kMaxCopies = 10;
    static constexpr int kMaxQrTextLength = 500;

    static Status check(const NoticeDocument &document);
};

} // namespace ow
