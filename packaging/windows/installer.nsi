; The Windows installer of the Social Tech Trainer Kit (NSIS 3, makensis).
; Built by scripts/package-windows.sh (make package-windows), which passes:
;   VERSION     the kit's version (0.1.0)      WINVERSION  four numbers (0.1.0.1)
;   EXE         the built trainerkit.exe        ICON        its icon (.ico)
;   OUTFILE     the installer to write
;
; For one user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Social Tech Trainer Kit, the shortcuts to the user's
; Start menu and desktop, the .stkpack association and the entry of
; Settings > Apps to HKEY_CURRENT_USER. The trainer's data
; (%APPDATA%\trainerkit) are never touched by the installer; the uninstaller
; deletes them only when the trainer ticks the box (or passes /PURGE).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define APPNAME "Social Tech Trainer Kit"
!define APPID "org.socialtech.trainerkit"
!define PROGID "SocialTech.TrainerKit.Pack"
!define EXENAME "trainerkit.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${WINVERSION}"
VIFileVersion "${WINVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APPNAME}"

!include MUI2.nsh
!include FileFunc.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"

!define MUI_WELCOMEPAGE_TITLE_3LINES
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE_3LINES
!insertmacro MUI_PAGE_FINISH
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnIntro)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used when Windows speaks none of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "Spanish"

LangString PackType ${LANG_ENGLISH} "Trainer Kit pack"
LangString PackType ${LANG_FRENCH} "Pack du Trainer Kit"
LangString PackType ${LANG_ITALIAN} "Pacchetto del Trainer Kit"
LangString PackType ${LANG_SPANISH} "Paquete del Trainer Kit"

LangString UnProgramName ${LANG_ENGLISH} "The program and its shortcuts"
LangString UnProgramName ${LANG_FRENCH} "Le programme et ses raccourcis"
LangString UnProgramName ${LANG_ITALIAN} "Il programma e i suoi collegamenti"
LangString UnProgramName ${LANG_SPANISH} "El programa y sus accesos directos"

LangString UnDataName ${LANG_ENGLISH} "Also delete my data"
LangString UnDataName ${LANG_FRENCH} "Supprimer aussi mes données"
LangString UnDataName ${LANG_ITALIAN} "Elimina anche i miei dati"
LangString UnDataName ${LANG_SPANISH} "Eliminar también mis datos"

LangString UnIntro ${LANG_ENGLISH} "Your data (sessions, participants, your changes, backups) stay on this computer unless you tick the box: a new installation of the kit will find them. To keep a copy elsewhere first, use Settings > Backups in the kit."
LangString UnIntro ${LANG_FRENCH} "Vos données (sessions, participants, vos modifications, sauvegardes) restent sur cet ordinateur si vous ne cochez pas la case : une nouvelle installation du kit les retrouvera. Pour en garder d'abord une copie ailleurs, utilisez Réglages > Sauvegardes dans le kit."
LangString UnIntro ${LANG_ITALIAN} "I tuoi dati (sessioni, partecipanti, le tue modifiche, backup) restano su questo computer se non selezioni la casella: una nuova installazione del kit li ritroverà. Per conservarne prima una copia altrove, usa Impostazioni > Backup nel kit."
LangString UnIntro ${LANG_SPANISH} "Tus datos (sesiones, participantes, tus cambios, copias de seguridad) se quedan en este ordenador si no marcas la casilla: una nueva instalación del kit los encontrará. Para guardar antes una copia en otro lugar, usa Ajustes > Copias de seguridad en el kit."

Section "-Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=${EXENAME}" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0

  ; Double-clicking a .stkpack opens the kit on its import preview.
  WriteRegStr HKCU "Software\Classes\.stkpack" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.stkpack\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(PackType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXENAME}" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ; Settings > Apps lists the kit and uninstalls it.
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "un.$(UnProgramName)" UnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; The association goes only if it is still the kit's.
  DeleteRegValue HKCU "Software\Classes\.stkpack\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.stkpack\OpenWithProgids"
  ReadRegStr $0 HKCU "Software\Classes\.stkpack" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKCU "Software\Classes\.stkpack" ""
  DeleteRegKey /ifempty HKCU "Software\Classes\.stkpack"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd

; Unticked unless the trainer ticks it (or passes /PURGE): a silent
; uninstall (/S) keeps the data.
Section /o "un.$(UnDataName)" UnData
  SetShellVarContext current
  RMDir /r "$APPDATA\trainerkit"
  RMDir /r "$APPDATA\fyne\${APPID}"
  RMDir "$APPDATA\fyne"
SectionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  IfErrors +2
    SectionSetFlags ${UnData} ${SF_SELECTED}
FunctionEnd
