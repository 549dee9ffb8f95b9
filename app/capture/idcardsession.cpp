#include "idcardsession.h"

#include "clock.h"
#include "serialidcardtransport.h"
#include "vendorsdktransport.h"

#include <QFileInfo>

namespace ow {

namespace {

// Reads on the calling thread (the session's worker): the transport lives and dies here, since
// a QSerialPort must stay on the thread that made it.
Result<IdCardReadResult> readOnce(const QString &reader, const IdCardReader::Timeouts &timeouts,
                                  const QDate &today) {
    std::unique_ptr<IdCardReaderTransport> transport;
    VendorSdkTransport *vendor = nullptr;
    if (reader.startsWith(QLatin1String("vendor:"))) {
        const QString spec = reader.mid(7);
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        bool numeric = false;
        const int port = colon > 0 ? spec.mid(colon + 1).toInt(&numeric) : 0;
        if (!numeric)
            return Result<IdCardReadResult>::failure(
                IdCardSession::tr(
                    "The reader setting \"%1\" should read "
                    "vendor:LIBRARY:PORT (for example vendor:/opt/reader/libsdk.so:1001).")
                    .arg(reader));
        auto owned = std::make_unique<VendorSdkTransport>(spec.left(colon), port);
        vendor = owned.get();
        transport = std::move(owned);
    } else {
        transport = std::make_unique<SerialIdCardTransport>(reader);
    }
    IdCardReader cardReader(*transport);
    cardReader.setTimeouts(timeouts);
    auto card = cardReader.read(today);
    transport->close();
    if (!card)
        return Result<IdCardReadResult>::failure(card.error());
    auto result = IdCardSession::toApplicant(card.value(), today);
    if (result && vendor && vendor->plugin()) {
        QString error;
        const QByteArray bmp = vendor->plugin()->decodePhoto(card->photo, &error);
        result.value().photo = QImage::fromData(bmp); // null when the library could not
    }
    return result;
}

} // namespace

IdCardSession::IdCardSession(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
    qRegisterMetaType<IdCardReadResult>();
}

IdCardSession::~IdCardSession() {
    if (m_thread) {
        m_thread->wait(); // a read ends within its timeouts
        delete m_thread;
    }
}

Result<IdCardReadResult> IdCardSession::toApplicant(const IdCardContents &card,
                                                    const QDate &today) {
    using R = Result<IdCardReadResult>;
    IdCardReadResult r;
    r.card = card;
    r.applicant.kind = Applicant::Kind::NaturalPerson;
    r.applicant.name = card.name.isEmpty() ? card.englishName : card.name;
    r.applicant.idNumber = card.idNumber;
    r.applicant.card = card.applicantCard();
    r.expired = card.isExpired(today);
    // An expired card still fills the form, flagged: the intake rules refuse it at the start of
    // the visit. Its other data is checked as of its last valid day.
    const QStringList problems = r.applicant.validate(r.expired ? card.validTo : today);
    if (!problems.isEmpty()) {
        if (card.type == IdCardContents::CardType::ForeignPermanent2017 ||
            card.type == IdCardContents::CardType::ForeignPermanent2023)
            return R::failure(tr("This is a foreign permanent residence card; its number cannot "
                                 "identify an applicant here yet. Enter the applicant by hand."));
        return R::failure(tr("The card was read but its data is not valid: %1")
                              .arg(problems.join(QStringLiteral("; "))));
    }
    if (card.birthDate.isValid())
        r.applicant.birthDate = card.birthDate;
    r.maskedId = IdNumber::mask(r.applicant.idNumber);
    return r;
}

bool IdCardSession::read() {
    if (m_thread) {
        emit readFailed(tr("The card is still being read."));
        return false;
    }
    if (m_reader.trimmed().isEmpty()) {
        emit readFailed(tr("No card reader is set. Enter the reader's port first."));
        return false;
    }
    const QString reader = m_reader.trimmed();
    const IdCardReader::Timeouts timeouts = m_timeouts;
    const QDate today = m_clock.today();
    m_thread = QThread::create([this, reader, timeouts, today] {
        auto result = readOnce(reader, timeouts, today);
        QMetaObject::invokeMethod(
            this, [this, result] { readDone(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("idcard"));
    m_thread->start();
    emit readStarted();
    return true;
}

void IdCardSession::readDone(const Result<IdCardReadResult> &result) {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (result)
        emit cardRead(result.value());
    else
        emit readFailed(result.error());
}

} // namespace ow
