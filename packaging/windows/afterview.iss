; Inno Setup script for Afterview's Windows installer: per user (no administrator rights), a
; Start-menu shortcut, and an optional "start at login" task. Build the app first
; (`pyinstaller packaging\afterview.spec`), then: iscc packaging\windows\afterview.iss
; (see packaging/README.md). Keep AppVersion in step with src/afterview/__init__.py.

#define AppName "Afterview"
#define AppVersion "0.1.0"
#define AppExe "afterview.exe"

[Setup]
; A fixed id: upgrades replace the installed version instead of adding a second one.
AppId={{6F1B7E2A-3C55-4E0B-9A43-8C2D51A7E0F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
AppComments=Thank-you letters, LinkedIn notes and polite check-ins after your job interviews
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\..\dist
OutputBaseFilename=afterview-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\afterview.ico
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "startatlogin"; Description: "Start {#AppName} when I log in (it waits in the notification area)"; Flags: unchecked

[Files]
; The whole one-folder build, as PyInstaller made it.
Source: "..\..\build\bundle\afterview\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Follow-ups after your job interviews"

[Registry]
; The same per-user Run value the app writes from Settings (src/afterview/autostart.py), so the
; setting and this task agree; removed on uninstall.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; \
    ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Your data (%LOCALAPPDATA%\Afterview) is never removed by the uninstaller.
