# 工作或学校账户（Microsoft Entra ID）的引导式设置。

## 微软界面上的标签，与微软显示的一致。引用微软页面或窗口的每个步骤都使用这些
## term：在这里改一处，所有步骤随之更新（tests/ui_guide.rs 会检查）。中文标签
## 未在本地化的 Microsoft Learn 页面上核实（无法访问）；如有出入，请在此更正。
-ms-security-info = 安全信息
-ms-add-sign-in-method = + 添加登录方法
-ms-passkey = 通行密钥
-ms-passkey-authenticator = Microsoft Authenticator 中的通行密钥
-ms-next = 下一步
-ms-security-key = 安全密钥
-ms-use-another-device = 使用其他设备
-ms-more-options = 更多选项
-ms-done = 完成
-ms-sign-in-options = 登录选项

guide-title = 将此密钥用于工作或学校
guide-intro = 你的组织使用 Microsoft 帐户（Microsoft Entra ID）让你登录。本指南会检查你的密钥，引导你在“{ -ms-security-info }”页面上添加它，并确认添加成功。
guide-no-key = 尚未打开密钥。这些页面讲解每个步骤；检查密钥和确认结果需要密钥：请插入并打开它。

# 指南顶部的标签页：保持简短（六个排成一行）。
guide-tab-check = 检查
guide-tab-register = 添加
guide-tab-confirm = 确认
guide-tab-windows = Windows
guide-tab-help = 帮助
guide-tab-it = IT 人员

guide-next = 下一步
guide-previous = 上一步
guide-step-of = 第 { $step } 步，共 { $total } 步
guide-on-the-page = 在网页上
guide-in-keyguide = 在 KeyGuide 中

## 微软“安全信息”页面上的步骤

guide-register-title = 将密钥添加到帐户
guide-step-before-title = 开始之前
guide-step-before = 请先确认：
guide-step-before-admin = • 你的组织允许通行密钥（FIDO2），并允许你自行设置。如不确定，请询问 IT 部门。
guide-step-before-mfa = • 微软要求你先用第二种方式（例如 Microsoft Authenticator 或短信）登录，并在此后 { $minutes } 分钟内添加密钥：请一气呵成完成后续步骤。
guide-step-before-guest = • 来宾帐户（由其他组织邀请）无法添加通行密钥。
guide-step-before-limit = 微软建议每个帐户最多 { $max } 个通行密钥。
guide-step-before-remember = KeyGuide 会记下密钥上已有的工作或学校通行密钥，以便最后识别出新的那个。
guide-step-before-read = 记下密钥的通行密钥
guide-step-before-noted = { $count ->
    [0] 已记下：密钥上还没有工作或学校通行密钥。
   *[other] 已记下：密钥上已有 { $count } 个工作或学校通行密钥。
}

guide-step-open-title = 打开“{ -ms-security-info }”
guide-step-open = 在浏览器中打开“{ -ms-security-info }”页面，并用工作或学校帐户登录。
guide-step-open-button = 打开{ -ms-security-info }
guide-step-open-copy = 复制地址
guide-step-open-opened = 页面会在浏览器中打开。完成后回到这里进行下一步。

guide-step-add-title = 添加登录方法
guide-step-add = 在“{ -ms-security-info }”页面上，选择“{ -ms-add-sign-in-method }”。
guide-step-add-detail = 如果页面要求你重新登录或确认身份，请先完成。

guide-step-choose-title = 选择“{ -ms-passkey }”
guide-step-choose = 在方法列表中选择“{ -ms-passkey }”，然后选择“{ -ms-next }”。
guide-step-choose-not-authenticator = 不要选“{ -ms-passkey-authenticator }”：它会把通行密钥保存在手机上的应用中，而不是你的密钥上。
guide-step-choose-missing = 列表中没有“{ -ms-passkey }”？说明你的组织尚未为你开放：请参阅帮助页面。
guide-picture-methods = 方法列表。选择突出显示的“{ -ms-passkey }”。
guide-picture-methods-row = { -ms-passkey }

guide-step-save-title = 保存到“{ -ms-security-key }”
guide-step-save = 浏览器或 Windows 现在会询问通行密钥保存在哪里。选择“{ -ms-security-key }”。
guide-step-save-windows = Windows（任何浏览器）：窗口可能会先建议保存在 Windows 中。请选择“{ -ms-use-another-device }”或“{ -ms-more-options }”，再选择“{ -ms-security-key }”。
guide-step-save-chrome = macOS 或 Linux 上的 Chrome 会显示自己的窗口：选择 USB 安全密钥选项。
guide-step-save-edge = Edge 在 macOS 上与 Chrome 相同，在 Windows 上使用 Windows 的窗口。
guide-step-save-macos = macOS 上的 Safari 和 Firefox 显示系统窗口：选择安全密钥选项，而不是 iCloud 钥匙串。
guide-picture-save = 询问通行密钥保存位置的窗口。选择突出显示的“{ -ms-security-key }”。
guide-picture-save-row = { -ms-security-key }

guide-step-pin-title = 连接密钥并输入 PIN
guide-step-pin-connect = { $transport ->
    [usb] 你的密钥已插入：保持插入即可。
    [nfc] 窗口提示时，将密钥放在 NFC 读卡器上。
   *[other] 窗口提示时，插入密钥或将其放在读卡器上。
}
guide-step-pin = 窗口会询问密钥的 PIN。请输入你为此密钥设置的 PIN，而不是帐户密码。
guide-step-pin-none = 还没有 PIN？窗口会要求你创建一个。你也可以先在 KeyGuide 中设置。
guide-step-pin-retries = { $count ->
   *[other] PIN 被锁定前还剩 { $count } 次尝试。
}

guide-step-touch-title = 触摸密钥
guide-step-touch = 窗口提示时，触摸密钥的按钮或传感器。等待时它可能会闪烁。
guide-step-touch-detail = 如果是指纹密钥，请用已登记的手指触摸。

guide-step-name-title = 命名并选择“{ -ms-done }”
guide-step-name = 回到“{ -ms-security-info }”页面，为密钥取一个你认得出的名称，例如“{ $name }”，然后选择“{ -ms-done }”。
guide-step-done-button = 我已添加密钥
guide-step-done-detail = 随后 KeyGuide 会再次读取密钥，查找新的通行密钥。

## 确认

guide-confirm-title = 成功了吗？
guide-confirm-checking = 正在读取密钥上的通行密钥…
guide-confirm-unlock = 请用 PIN 解锁密钥，以便 KeyGuide 查找新的通行密钥。
guide-confirm-check = 检查密钥
guide-confirm-found = { $count ->
   *[other] 成功：密钥上有 { $count } 个新的通行密钥，属于以下工作或学校帐户：
}
guide-confirm-account = • { $display }（{ $user }）
guide-confirm-unnamed = （未存储名称）
guide-confirm-not-found = KeyGuide 未在此密钥上找到 login.microsoft.com 的新通行密钥。
guide-confirm-not-found-detail = 请检查：“{ -ms-security-info }”页面是否列出了新的通行密钥；你是否用此密钥选择了“{ -ms-security-key }”（而不是 Windows 或手机）；是否选择了“{ -ms-done }”。然后再检查一次。
guide-confirm-older = { $count ->
   *[other] 密钥上还有 { $count } 个较早的工作或学校通行密钥：它们不算在内。
}
guide-confirm-no-baseline = 开始前 KeyGuide 没有读取密钥，因此无法区分新的通行密钥和较早的。请回到第 1 步，让 KeyGuide 记下通行密钥，然后从那里继续。
guide-confirm-start = 回到第 1 步
guide-confirm-next = 下一步：登录 Windows

## Windows 登录

guide-windows-title = 用密钥登录 Windows
guide-windows-intro = 在为此设置好的工作电脑上，Windows 锁屏界面会提供用密钥登录的选项。
guide-windows-how = 登录方法：
guide-windows-how-1 = 1. 在锁屏界面上，选择“{ -ms-sign-in-options }”。
guide-windows-how-2 = 2. 选择安全密钥图标。
guide-windows-how-3 = 3. 插入密钥（或放在读卡器上），输入 PIN 并触摸密钥。
guide-windows-this-pc = 这台电脑
guide-windows-reading = 正在读取这台电脑的 Windows 版本…
guide-windows-not-windows = 本页面针对 Windows 电脑。这台计算机不是 Windows，KeyGuide 无法检查：以下内容适用于你要登录的 Windows 电脑。
guide-windows-pc-version = { $name } { $version }（版本号 { $build }）
guide-windows-pc-join = { $join ->
    [entra] 已加入 Microsoft Entra ID。
    [hybrid] 混合加入：已加入 Microsoft Entra ID 和组织的域。
    [domain] 仅加入了本地域。
    [none] 未加入任何组织（个人或工作组电脑）。
   *[unknown] KeyGuide 无法读取这台电脑的加入状态。
}
guide-windows-verdict-possible = 在这台电脑上可以用密钥登录 Windows。如果锁屏界面没有提供密钥，说明 IT 尚未为这台电脑启用。
guide-windows-verdict-update = 用密钥登录 Windows，这台电脑需要 { $version } 或更高版本。请安装 Windows 更新，或询问 IT。
guide-windows-verdict-not-joined = 用密钥登录 Windows 需要已加入 Microsoft Entra ID（或混合加入）的工作电脑。在这台电脑上，可以在浏览器中用密钥登录网站。
guide-windows-verdict-domain = 用密钥登录 Windows 需要电脑同时加入 Microsoft Entra ID（混合加入）；仅加入域不够。请询问 IT。
guide-windows-verdict-unknown = 版本足够新。能否使用取决于电脑的加入方式：请询问 IT。
guide-windows-browser-ok = 在浏览器中，这台电脑可以使用密钥。
guide-windows-browser-old = 在浏览器中使用密钥需要 { $version } 或更高版本；KeyGuide 仍可在此管理密钥。
guide-windows-needs = 电脑需要具备（由 IT 部门设置）：
guide-windows-needs-entra = • 已加入 Microsoft Entra ID：{ $version } 或更高版本。
guide-windows-needs-hybrid = • 混合加入（Entra ID 和域）：{ $version } 或更高版本。
guide-windows-needs-policy = • 已启用安全密钥登录（通过 Intune、预配包或组策略）。
guide-windows-needs-browser = 在浏览器中使用密钥需要 { $version } 或更高版本。Windows 10 1809 无法用密钥解锁。
guide-windows-no-option = 锁屏界面上没有安全密钥选项？说明这台电脑未启用：请询问 IT 部门，并给他们看 IT 人员页面。

## 就绪检查

guide-check-title = 此密钥准备好了吗？
guide-check-intro = KeyGuide 会检查您所在组织登录所需的条件。添加密钥前，请先解决标红的项目。
guide-check-unlock = 用 PIN 检查通行密钥
guide-check-unlock-detail = 通行密钥的剩余空间，以及是否已有工作或学校通行密钥，只有用密钥的 PIN 才能读取。
guide-check-ready = 此密钥已准备就绪。继续将它添加到您的账户。
guide-check-not-ready = 请先解决标红的项目。
guide-check-continue = 添加到我的账户

guide-check-capabilities = 支持 Microsoft 登录
guide-check-capabilities-ok = 此密钥支持存储在密钥上的通行密钥、PIN 和 hmac-secret 扩展。
guide-check-capabilities-missing = 此密钥缺少 Microsoft 登录所需的功能：{ $missing }。您的组织无法使用它，请申请其他密钥。
guide-capability-fido2 = FIDO2
guide-capability-discoverable = 存储在密钥上的通行密钥
guide-capability-pin = PIN
guide-capability-hmac-secret = hmac-secret 扩展

guide-check-pin = 已设置 PIN
guide-check-pin-ok = 密钥已有 PIN。您将在网页上输入它。
guide-check-pin-missing = 密钥还没有 PIN。网页会要求输入 PIN，请先在这里设置。
guide-check-pin-blocked = PIN 已锁定。只有重置才能让密钥重新可用，重置会清除密钥。
guide-check-pin-change = 此密钥要求先设置新的 PIN 才能使用。
guide-fix-set-pin = 设置 PIN
guide-fix-change-pin = 更改 PIN
guide-fix-reset = 前往重置

guide-check-fingerprint = 已录入指纹（可选）
guide-check-fingerprint-ok = 您可以用手指代替 PIN 登录。
guide-check-fingerprint-missing = 注册时不需要，但有了指纹，登录时无需输入 PIN。
guide-fix-add-fingerprint = 添加指纹

guide-check-slots = 有空间存放新的通行密钥
guide-check-slots-ok = 密钥还有空间存放一个通行密钥。
guide-check-slots-full = 密钥已满。请先删除不再需要的通行密钥。
guide-check-slots-unknown = 请用 PIN 解锁密钥以进行检查。
guide-fix-passkeys = 打开通行密钥

guide-check-certification = FIDO 认证
guide-check-certification-ok = 此型号已通过 FIDO 认证，认证有效。
guide-check-certification-revoked = FIDO 联盟已撤销此型号的认证。检查认证的组织会拒绝此密钥。
guide-check-certification-unlisted = 此型号不在 KeyGuide 附带的 FIDO 元数据中。如果您的组织强制要求证明，可能会拒绝此密钥：请咨询您的 IT 部门。
guide-check-certification-uncertified = 此型号已列出，但未通过 FIDO 认证。如果您的组织强制要求证明，可能会拒绝此密钥。

guide-check-existing = 工作或学校通行密钥
guide-check-existing-none = 密钥上还没有工作或学校通行密钥。
guide-check-existing-found = 密钥上已有 { $count } 个工作或学校通行密钥。只有为其他账户才需要新的通行密钥。
guide-check-existing-unknown = 请用 PIN 解锁密钥以进行检查。

## 疑难解答

guide-help-title = 疑难解答
guide-help-pin-blocked = PIN 已锁定
guide-help-pin-blocked-detail = 错误的 PIN 次数过多后，密钥会拒绝所有 PIN。它无法解锁：重置可让它重新可用，但会清除所有通行密钥。之后请重新将它添加到您的账户。
guide-help-refused = 组织拒绝了此密钥
guide-help-refused-detail = 组织可以只允许特定型号的密钥（以 AAGUID 标识），也可以只接受通过 FIDO 认证的型号。请将此密钥的 AAGUID 提供给您的 IT 部门：
guide-help-copy-aaguid = 复制 AAGUID
guide-help-allowed-list = IT 部门给了您允许的 AAGUID 列表？粘贴到这里，检查此密钥是否在其中：
guide-help-check-list = 检查
guide-help-list-nothing = 粘贴的文本中没有找到 AAGUID。AAGUID 的格式类似 { $example }。
guide-help-list-listed = 此密钥的 AAGUID 在列表（共 { $total } 个）中：组织允许此型号。
guide-help-list-not-listed = 此密钥的 AAGUID 不在列表中（找到 { $total } 个 AAGUID）。组织会拒绝此型号：请申请一个被允许的密钥。
guide-help-full = 没有空间存放新的通行密钥
guide-help-full-detail = 每个密钥的存储位置都有限。请在 KeyGuide 的通行密钥页面中删除不再使用的，然后重试。
guide-help-browser = 浏览器没有提供安全密钥选项
guide-help-browser-detail = 请使用最新版的 Microsoft Edge、Google Chrome、Firefox 或 Safari。在询问通行密钥保存位置的窗口中，选择“{ -ms-security-key }”（而不是 Windows、手机或人脸）。关闭其他可能正在使用密钥的程序，拔下密钥再重新插入，然后重试。如果方法列表中根本没有“{ -ms-passkey }”，说明你的组织尚未开放。
