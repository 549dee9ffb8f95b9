#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

#include <functional>

namespace ow::test {

// Runs `answer` on the modal dialog of type D as soon as it is open (exec() blocks the test).
template <typename D> void whenModalOpens(std::function<void(D *)> answer) {
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

// The dialog's button whose text (without its mnemonic) is `text`, or nullptr.
inline QAbstractButton *buttonWithText(QWidget *dialog, const QString &text) {
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

} // namespace ow::test
