#pragma once

#include "pagetypes.h"

#include <QString>

#include <vector>

namespace ow::vision {

// The unified social credit code carried by a business licence's QR code. The QR code holds a
// link to the national enterprise credit system or plain text; either way the code is an
// 18-character run that passes ow::CreditCode's check (GB 32100). Empty when none is valid.
QString creditCodeFromText(const QString &text);
QString creditCodeFromBarcodes(const std::vector<Barcode> &codes);

} // namespace ow::vision
