#pragma once

#include "pagetypes.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ow::cli {

// onewindow-cli scan --out DIR FILES...: every file is checked before anything is written;
// then each page is processed and written as DIR/page-NNN.png (black-and-white, 1 bit) or .jpg
// (grey, colour), and the pages between separator sheets become DIR/material-NN.pdf. Blank
// pages and separator sheets are written as pages but left out of the PDFs. Prints one line
// per page and per PDF (with its SHA-256). Exit codes as the CLI's: 0, or 2 for bad input.
class ScanBatch {
public:
    static int run(const QStringList &files, const vision::PageOptions &options,
                   const QString &outDir, QTextStream &out, QTextStream &err);
};

} // namespace ow::cli
