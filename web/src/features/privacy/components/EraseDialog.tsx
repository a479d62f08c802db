import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from "@fluentui/react-components";
import { useI18n } from "../../../i18n/i18n";

/**
 * The erasure's confirmation (Fluent's alert Dialog: focus trapped in it, Escape cancels, the page behind is inert), loaded
 * by the first click on "Effacer mes données…" (PrivacySection), so the section's deep link does not download it.
 */
export function EraseDialog({ open, onOpenChange, onConfirm }: { open: boolean; onOpenChange: (open: boolean) => void; onConfirm: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("privacy.erase.confirm.title")}</DialogTitle>
          <DialogContent>
            <Text as="p" block>{t("privacy.erase.body")}</Text>
            <Text as="p" block weight="semibold">{t("privacy.erase.confirm.body")}</Text>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t("privacy.erase.cancel")}</Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>{t("privacy.erase.confirm.action")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
