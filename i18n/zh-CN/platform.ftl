## 系统不允许 KeyGuide 打开密钥时

platform-access-windows-refused = Windows 不允许 KeyGuide 打开安全密钥。
platform-access-windows-restart = 请以管理员身份重新启动 KeyGuide 来管理密钥。
platform-access-windows-other-programs = 请关闭使用该密钥的其他程序，然后拔出并重新插入密钥。
platform-access-linux-rule-not-applied = KeyGuide 的访问规则已安装，但尚未作用于此密钥。
platform-access-linux-replug-or-log-in = 请拔出并重新插入密钥。如果仍然失败，请注销后重新登录：该规则只授权给坐在这台电脑屏幕前登录的人，不适用于远程（SSH）会话。
platform-access-linux-install-rule = Linux 只允许获得授权的用户打开安全密钥。请在终端中运行以下命令，安装 KeyGuide 的访问规则（需要管理员密码）：
platform-access-linux-then-replug = 然后拔出并重新插入密钥。

## 以管理员身份运行（Windows）

platform-elevation-reason = 从 Windows 10 版本 1903 起，只有以管理员身份运行的程序才能管理安全密钥。
platform-elevation-failed = Windows 没有以管理员身份启动 KeyGuide。

## 设置文件

platform-settings-unreadable = 无法读取设置文件 { $path }：{ $error }。将使用默认设置。
platform-settings-damaged = 设置文件 { $path } 已损坏（{ $error }）。KeyGuide 使用默认设置，并保留该文件不变。

## 日志文件

platform-log-not-written = 不在 { $folder } 中写入日志文件：{ $error }

## “KeyGuide 已停止”窗口

platform-crash-title = KeyGuide 已停止
platform-crash-explanation = KeyGuide 遇到内部错误，不得不关闭。密钥上未完成的步骤没有完成；请重新打开 KeyGuide 检查密钥。
platform-crash-log-file = 发生的情况已写入此日志文件：
platform-crash-open-folder = 打开日志文件夹
platform-crash-copy-path = 复制路径
platform-crash-close = 关闭
platform-crash-folder-opens = 文件夹将在文件管理器中打开。
platform-crash-no-file-manager = 无法启动文件管理器；请改为复制路径。
platform-crash-path-copied = 路径已复制。
platform-crash-no-log = 无法写入日志文件。请在终端中使用 --verbose 启动 KeyGuide 以查看详细信息。
