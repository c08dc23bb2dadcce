"""The smart warehouse (智慧库房) desk screen: live inventory, workflows, alerts, readers, quarantine, stock counts."""
