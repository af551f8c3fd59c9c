#pragma once

#include <QString>

namespace cd::keyring {

// Server passwords in the system keyring (Secret Service, KWallet) through QtKeychain, and
// nowhere else: never in the settings or a file. Each call waits for the keyring; where there
// is none, reading gives nothing and storing says why it could not.

// The key a password is kept under: the address without anything secret (user@host:port/db).
QString keyFor(const QString& address);
QString read(const QString& key);
// Empty on success, else the keyring's reason, in the program's words.
QString store(const QString& key, const QString& password);
// A keyring error (QKeychain::Error) in the program's words; empty for none.
QString reason(int error);
void forget(const QString& key);

} // namespace cd::keyring
