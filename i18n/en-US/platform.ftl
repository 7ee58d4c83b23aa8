# What depends on the system: access to keys, running as administrator on
# Windows, the settings file, the log file and the "KeyGuide stopped"
# window.

## When the system does not let KeyGuide open a key (src/platform/access.rs)

platform-access-windows-refused = Windows did not let KeyGuide open the security key.
platform-access-windows-restart = Restart KeyGuide as administrator to manage the key.
platform-access-windows-other-programs = Close other programs that use the key, then remove it and insert it again.
platform-access-linux-rule-not-applied = KeyGuide's access rule is installed, but it has not reached this key yet.
platform-access-linux-replug-or-log-in = Remove the key and insert it again. If it still fails, log out and in again: the rule gives access to the person signed in at this computer's screen, not to remote (SSH) sessions.
platform-access-linux-install-rule = Linux lets only permitted users open security keys. Run these commands in a terminal to install KeyGuide's access rule (you need an administrator password):
platform-access-linux-then-replug = Then remove the key and insert it again.

## Running as administrator (Windows)

# Shown beside the "Restart as administrator" button.
platform-elevation-reason = Windows 10 version 1903 and later let only programs running as administrator manage security keys.
platform-elevation-failed = Windows did not start KeyGuide as administrator.

## The settings file (src/settings.rs)

# $path: the settings file; $error: the system's reason.
platform-settings-unreadable = Could not read the settings file { $path }: { $error }. Using the defaults.
# $path: the settings file; $error: what is wrong in it.
platform-settings-damaged = The settings file { $path } is damaged ({ $error }). KeyGuide uses the defaults and leaves the file as it is.

## The log file

# $folder: the log folder; $error: the system's reason.
platform-log-not-written = Not writing a log file in { $folder }: { $error }

## The "KeyGuide stopped" window, after a crash (src/app/crash.rs)

platform-crash-title = KeyGuide stopped
platform-crash-explanation = KeyGuide ran into an internal error and had to close. A step that had not finished on your key was not completed; open KeyGuide again to check the key.
platform-crash-log-file = What happened is written in this log file:
platform-crash-open-folder = Open log folder
platform-crash-copy-path = Copy path
platform-crash-close = Close
platform-crash-folder-opens = The folder opens in your file manager.
platform-crash-no-file-manager = No file manager could be started; copy the path instead.
platform-crash-path-copied = The path is copied.
# `--verbose` is a command-line option, not translated.
platform-crash-no-log = No log file could be written. Start KeyGuide from a terminal with --verbose to see the details.
