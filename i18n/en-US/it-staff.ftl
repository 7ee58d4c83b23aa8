# The guide's page for IT staff. Keep the names of Microsoft's settings as
# Microsoft shows them in your language where it translates them; the
# values (OMA-URI, paths) stay exactly as they are.

## Microsoft's labels in the Microsoft Entra admin center, quoted by the
## messages below (how-to-authentication-passkey-profiles, Microsoft Learn).
## The path Entra ID > Security > Authentication methods > Policies is the one
## of https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-authentication-passkeys-fido2
## (updated 2026-03-08; older pages omit "Security"; Microsoft's German
## message center text MC1097225 also shows "Sicherheit" in the path).
-ms-entra-id = Entra ID
-ms-security = Security
-ms-authentication-methods = Authentication methods
-ms-policies = Policies
-ms-passkey-fido2 = Passkey (FIDO2)
-ms-enable-and-target = Enable and target
-ms-configure = Configure
-ms-allow-self-service = Allow self-service set up
-ms-yes = Yes
-ms-default-profile = Default passkey profile
-ms-enforce-attestation = Enforce attestation
-ms-wcd = Windows Configuration Designer

it-staff-title = For IT staff
it-staff-intro = What an administrator sets up so that people can register security keys and sign in to Windows with them.
it-staff-enable = Allow security keys
it-staff-enable-detail = In the Microsoft Entra admin center, open { -ms-entra-id } > { -ms-security } > { -ms-authentication-methods } > { -ms-policies } > “{ -ms-passkey-fido2 }”. On “{ -ms-enable-and-target }”, enable it and add the users or groups who need it.
it-staff-self-service = Let users add their keys
it-staff-self-service-detail = On “{ -ms-configure }”, set “{ -ms-allow-self-service }” to “{ -ms-yes }”. Otherwise users cannot add a passkey on the Security info page, even with the method enabled.
it-staff-profiles = Passkey profiles
it-staff-profiles-detail = Up to { $max } profiles, “{ -ms-default-profile }” included, each for its own groups. Each sets the passkey types (device-bound, synced; security keys are device-bound), “{ -ms-enforce-attestation }” (checked when a key is registered) and key restrictions that allow or block models by AAGUID. Careful: removing an AAGUID you allowed before also stops keys already registered from signing in.
it-staff-restrict = Restrict key models (optional)
it-staff-restrict-detail = In the same policy, key restrictions allow or block models by AAGUID, both when a key is registered and at every sign-in. With attestation enforced, only FIDO certified models listed in the FIDO metadata are accepted. This key's AAGUID:
it-staff-windows = Windows sign-in with security keys
it-staff-windows-detail = Entra-joined PCs need { $entra } or later, hybrid-joined PCs { $hybrid } or later. Keys in the browser need { $browser }; Windows 10 1809 cannot be unlocked with a key. Hybrid-joined PCs also need FIDO2 sign-in to on-premises resources set up. Turn it on in one of three ways:
it-staff-intune = Intune (custom configuration profile)
it-staff-oma-uri = OMA-URI
it-staff-data-type = Data type
it-staff-value = Value
it-staff-provisioning = Provisioning package ({ -ms-wcd })
it-staff-setting = Setting
it-staff-group-policy = Group Policy
it-staff-policy = Policy
it-staff-copy = Copy
it-staff-prepare = Preparing keys for others
it-staff-prepare-detail = For each key: set a temporary PIN, raise the minimum PIN length, and require a PIN change so the new owner chooses their own PIN at first use. Hand out the temporary PIN separately from the key.
it-staff-prepare-here = Do it for this key in KeyGuide:
it-staff-prepare-pin = Set the PIN
it-staff-prepare-settings = Key settings
it-staff-prepare-cli = Or for a row of keys, in a terminal (the PIN is read without showing it, never from the command line):
it-staff-script-prompt = Temporary PIN:
