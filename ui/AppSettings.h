#pragma once

// Preferences beyond the message view (ViewSettings) and the language
// (Language.h), kept in QSettings: the offline cache's size limit, how often
// the engine checks for new mail, and new-mail notifications. Only ui/ reads
// them; the engine gets plain values (applyTo) and never sees QSettings.

#include <QtGlobal>

#include <chrono>

namespace quire::sync {
class AccountEngine;
struct AccountEngineOptions;
} // namespace quire::sync

namespace quire::ui::AppSettings {

// The offline cache's limit for message parts, in MiB; 0: no limit.
int cacheSizeLimitMiB();
void setCacheSizeLimitMiB(int mib);
qint64 cacheSizeLimitBytes();

// How often other folders' counts are refreshed (STATUS) and, on a server
// without IDLE, the open folder is polled (NOOP).
std::chrono::minutes checkInterval();
void setCheckInterval(std::chrono::minutes interval);

// A tray message when new mail arrives in the inbox.
bool notificationsEnabled();
void setNotificationsEnabled(bool enabled);

// Puts the check interval into options made for a new engine.
void applyTo(sync::AccountEngineOptions &options);
// Gives a running engine the current check interval and cache limit (the
// cache drops least recently used parts at once when the limit shrank).
void applyTo(sync::AccountEngine &engine);

} // namespace quire::ui::AppSettings
