#pragma once

// Asks the user what to do about a certificate Quire could not verify, or
// about a pinned certificate that changed. The second case is loud: it may be
// an attack, so Cancel is the default and the old and new fingerprints are
// shown side by side. Nothing connects until the user has decided.

#include "core/account/AccountConfig.h"
#include "core/imap/transport/TransportError.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSettings;

namespace quire::ui {

class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision {
        Cancel,
        TrustOnce, // connect this time, remember nothing
        TrustAlways, // pin the fingerprint into the account
    };

    // error must carry a certificate (CertificateUntrusted or
    // CertificatePinMismatch). With settings, "Trust always" writes the pin
    // there at once (the account already exists); without, the caller
    // applies pinnedFingerprint() itself (an account still being set up).
    CertificateDialog(const AccountConfig &account, const imap::TransportError &error, QSettings *settings,
        QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    bool isPinChange() const { return m_pinChanged; }
    // The fingerprint to pin or to trust once: lower-case hex, no separators.
    QString pinnedFingerprint() const;

    QPushButton *trustOnceButton() const { return m_trustOnce; }
    QPushButton *trustAlwaysButton() const { return m_trustAlways; }
    QPushButton *cancelButton() const { return m_cancel; }

    // "ab12cd..." as "AB:12:CD:..." in rows of 8 bytes: how people compare
    // fingerprints with what their provider publishes.
    static QString groupedFingerprint(const QString &hex);

private:
    void choose(Decision decision);

    AccountConfig m_account;
    imap::PeerCertificate m_certificate;
    QSettings *m_settings;
    bool m_pinChanged;
    Decision m_decision = Decision::Cancel;
    QPushButton *m_trustOnce = nullptr;
    QPushButton *m_trustAlways = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace quire::ui
