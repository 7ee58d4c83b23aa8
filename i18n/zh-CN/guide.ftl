# 工作或学校账户（Microsoft Entra ID）的引导式设置。

guide-title = 将此密钥用于工作或学校
guide-intro = 您的组织使用 Microsoft 账户（Microsoft Entra ID）登录。本向导会检查您的密钥，引导您在“安全信息”页面上添加它，并确认添加成功。

guide-tab-check = 检查密钥
guide-tab-register = 添加到账户
guide-tab-confirm = 确认
guide-tab-windows = Windows 登录
guide-tab-help = 疑难解答
guide-tab-it = IT 人员

guide-next = 下一步
guide-previous = 上一步
guide-step-of = 第 { $step } 步，共 { $total } 步
guide-on-the-page = 在网页上
guide-in-keyguide = 在 KeyGuide 中

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

## Microsoft“安全信息”页面上的步骤

guide-register-title = 将密钥添加到您的账户
guide-step-before-title = 开始之前
guide-step-before = 以下两点必须已经就绪：
guide-step-before-admin = • 您的组织已允许使用安全密钥（通行密钥）登录。如不确定，请咨询您的 IT 部门。
guide-step-before-mfa = • 您已有另一种验证身份的方式，例如 Microsoft Authenticator 应用或电话号码。添加密钥前，页面会先要求验证。
guide-step-before-limit = 一个账户最多可添加 { $max } 个安全密钥。

guide-step-open-title = 打开“安全信息”
guide-step-open = 在浏览器中打开“安全信息”页面，如有要求，请用您的工作或学校账户登录。
guide-step-open-button = 打开安全信息
guide-step-open-copy = 复制地址
guide-step-open-opened = 页面会在浏览器中打开。完成后回到这里继续下一步。

guide-step-add-title = 添加登录方法
guide-step-add = 在“安全信息”页面上，选择“+ 添加登录方法”。
guide-step-add-detail = 如果页面要求您重新登录或确认身份，请先完成。

guide-step-choose-title = 选择“安全密钥”
guide-step-choose = 在方法列表中选择“安全密钥”（有些组织称为“通行密钥”），然后选择“添加”。
guide-step-choose-missing = 列表中没有“安全密钥”？说明您的组织尚未允许：请参阅“疑难解答”。

guide-step-transport-title = USB 或 NFC
guide-step-transport = 页面会询问密钥的连接方式。插在电脑上请选“USB 设备”，放在读卡器上请选“NFC 设备”。
guide-step-transport-yours = { $transport ->
    [usb] 您的密钥当前通过 USB 连接：请选择“USB 设备”。
    [nfc] 您的密钥当前在 NFC 读卡器上：请选择“NFC 设备”。
   *[other] 请选择您的实体密钥的连接方式。
}
guide-step-transport-browser = 随后，浏览器或 Windows 会打开自己的安全密钥窗口。请保持密钥连接。

guide-step-pin-title = 输入密钥的 PIN
guide-step-pin = 窗口会要求输入密钥的 PIN。请输入您为此密钥设置的 PIN，而不是账户密码。
guide-step-pin-none = 还没有 PIN？窗口会让您创建一个。您也可以先在 KeyGuide 中设置。
guide-step-pin-retries = 注意：还剩 { $count } 次机会，之后 PIN 将被锁定。

guide-step-touch-title = 触摸密钥
guide-step-touch = 窗口提示时，触摸密钥的按钮或传感器。等待时密钥可能会闪烁。
guide-step-touch-detail = 如果是指纹密钥，请用已录入的手指触摸。

guide-step-name-title = 为密钥命名
guide-step-name = 回到页面上，给密钥起一个以后认得出的名字，例如“{ $name }”，然后选择“下一步”。

guide-step-done-title = 选择“完成”
guide-step-done = 页面会在您的登录方法中列出此密钥。选择“完成”。
guide-step-done-button = 我已添加密钥
guide-step-done-detail = KeyGuide 随后会检查密钥上是否已有您的工作或学校通行密钥。

## 确认

guide-confirm-title = 成功了吗？
guide-confirm-checking = 正在读取密钥上的通行密钥…
guide-confirm-unlock = 请用 PIN 解锁密钥，以便 KeyGuide 查找新的通行密钥。
guide-confirm-check = 检查密钥
guide-confirm-found = 成功了：密钥上有 { $count } 个 login.microsoft.com 的通行密钥。现在可以用它登录您的工作或学校账户。
guide-confirm-not-found = KeyGuide 在此密钥上没有找到 login.microsoft.com 的通行密钥。
guide-confirm-not-found-detail = 请检查“安全信息”页面是否列出了此密钥，以及您是否选择了“完成”。如果页面显示了错误，请参阅“疑难解答”。然后再检查一次。
guide-confirm-next = 下一步：登录 Windows

## Windows 登录

guide-windows-title = 用密钥登录 Windows
guide-windows-intro = 在已为此配置的工作电脑上，锁屏界面会提供用密钥登录的选项。
guide-windows-how = 登录方法：
guide-windows-how-1 = 1. 在锁屏界面上选择“登录选项”。
guide-windows-how-2 = 2. 选择安全密钥图标。
guide-windows-how-3 = 3. 插入密钥（或放在读卡器上），输入 PIN 并触摸密钥。
guide-windows-needs = 电脑需要满足的条件（由 IT 部门配置）：
guide-windows-needs-version = • { $version } 或更高版本。
guide-windows-needs-join = • 电脑已加入 Microsoft Entra ID，或已混合加入。
guide-windows-needs-policy = • 已为其启用安全密钥登录（通过 Intune、预配包或组策略）。
guide-windows-no-option = 锁屏界面上没有安全密钥选项？说明此电脑尚未启用：请咨询您的 IT 部门，并向他们展示“IT 人员”页面。

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
guide-help-full-detail = 每个密钥的存储位置都有限。请在“通行密钥”中删除不再使用的，然后重试。
guide-help-browser = 浏览器没有提供安全密钥选项
guide-help-browser-detail = 请使用最新版本的 Microsoft Edge、Google Chrome、Firefox 或 Safari。在 Windows 上，请在 Windows 窗口中选择“安全密钥”（而不是手机或人脸）。关闭可能正在使用密钥的其他程序，拔出并重新插入密钥，然后重试。如果方法中根本没有“安全密钥”，说明您的组织尚未允许。
