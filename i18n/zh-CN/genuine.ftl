## keyguide genuine：这把密钥是否是它所声称的型号 (src/genuine.rs)。

genuine-intro = KeyGuide 请密钥为一个虚构的网站签署一次测试。密钥上不会保存任何内容。
genuine-genuine = 正品 { $model }：其证明证书可追溯到 FIDO 元数据中制造商的根证书。
genuine-certified = FIDO 认证：{ $level }。
genuine-not-certified = FIDO 元数据没有列出此型号的认证。
genuine-not-in-metadata = 此型号（AAGUID { $aaguid }）不在 FIDO 元数据中，因此 KeyGuide 无法检查。许多好的密钥也未列出；仅凭这一点并不说明密钥是假的。
genuine-no-roots = FIDO 元数据列出了 { $model }，但没有根证书，因此 KeyGuide 无法检查。
genuine-no-certificate = 密钥没有发送证明证书（格式“{ $format }”），因此无法证明它是哪个型号。有些密钥从不发送证书。
genuine-failed = 未通过验证：{ $reason } 未通过此检查的密钥可能是假冒或被改动过的。使用前请咨询您的 IT 部门或制造商。
genuine-reason-malformed = 无法读取密钥的应答（{ $detail }）。
genuine-reason-signature = 密钥的签名与其证书不符。
genuine-reason-certificate-rules = 其证书违反了 FIDO 规则（{ $detail }）。
genuine-reason-aaguid = 其证书属于与密钥所报告的不同的型号。
genuine-reason-chain = 其证书无法追溯到 FIDO 元数据中 { $model } 的任何根证书。
genuine-reason-expired = 其证书链中有证书今天无效。
genuine-reason-algorithm = 它使用了 KeyGuide 无法检查的签名算法（{ $detail }）。
genuine-busy = 正在检查密钥…
