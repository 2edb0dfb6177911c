import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../strings/stringsContext";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** "Hướng dẫn": a link that opens the few steps of using the pane, in the pane itself (no page to host elsewhere). */
export function HelpLink() {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Link as="button">{strings.help}</Link>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.helpTitle}</DialogTitle>
          <DialogContent>
            <ol className={styles.steps}>
              {strings.helpSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{strings.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
